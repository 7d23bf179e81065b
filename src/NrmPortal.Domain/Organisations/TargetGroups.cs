namespace NrmPortal.Domain.Organisations;

/// <summary>Who an organisation's support offer is for. A flags value, like <see cref="Regions"/>.</summary>
[Flags]
public enum TargetGroups
{
    None = 0,
    Women = 1 << 0,
    Men = 1 << 1,
    Minors = 1 << 2,
    UnaccompaniedMinors = 1 << 3,
    DutchNationals = 1 << 4,
    EuNationals = 1 << 5,
    NonEuNationals = 1 << 6,
    Families = 1 << 7,
    Lgbtiq = 1 << 8,
}
