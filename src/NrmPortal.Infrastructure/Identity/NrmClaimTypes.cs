namespace NrmPortal.Infrastructure.Identity;

/// <summary>Claims the portal adds to the Identity cookie.</summary>
public static class NrmClaimTypes
{
    public const string OrganisationId = "nrm:organisation";
    public const string DisplayName = "nrm:display_name";
    public const string MustChangePassword = "nrm:must_change_password";
}
