namespace NrmPortal.Infrastructure.Identity;

/// <summary>Claims the portal adds to the Identity cookie.</summary>
public static class NrmClaimTypes
{
    public const string OrganisationId = "nrm:organisation";
    public const string DisplayName = "nrm:display_name";
    public const string MustChangePassword = "nrm:must_change_password";

    /// <summary>The user has no authenticator app yet and can reach nothing but the enrolment page.</summary>
    public const string MustEnrolTwoFactor = "nrm:must_enrol_2fa";

    /// <summary>When the user signed in (Unix seconds): the absolute session lifetime counts from here.</summary>
    public const string SignedInAt = "nrm:signed_in_at";
}
