namespace NrmPortal.Domain.Organisations;

/// <summary>What an organisation offers victims for one need category, in its own words (Wegwijzer, domain brief §6.1).</summary>
public sealed record SupportOffer(NeedCategory Need, string Description);
