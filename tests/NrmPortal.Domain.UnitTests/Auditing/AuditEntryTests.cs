using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Common;
using NrmPortal.Domain.Privacy;
using NrmPortal.Domain.Security;

namespace NrmPortal.Domain.UnitTests.Auditing;

/// <summary>The hash chain of the access log, the purpose codes and the break-the-glass grant.</summary>
public sealed class AuditEntryTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    private static AuditEntry Entry(string entityId = "1") =>
        new(Now, Guid.NewGuid(), Roles.Police, Guid.NewGuid(), AuditAction.Read, "ResidenceTrack", entityId, null, "corr", clientAddress: "10.0.0.1");

    [Fact]
    public void A_sealed_entry_hashes_its_predecessor_and_its_own_fields()
    {
        var first = Entry();
        var second = Entry();
        first.Seal(1, AuditEntry.GenesisHash);
        second.Seal(2, first.Hash);

        Assert.Equal(AuditEntry.HashLength, first.Hash.Length);
        Assert.Equal(second.Hash, second.ComputeHash(first.Hash));
        Assert.NotEqual(second.Hash, second.ComputeHash(AuditEntry.GenesisHash));
        Assert.Throws<InvalidOperationException>(() => first.Seal(3, second.Hash));
    }

    [Fact]
    public void The_purpose_follows_the_role_and_break_the_glass_overrides_it()
    {
        var read = Entry();
        var emergency = new AuditEntry(Now, Guid.NewGuid(), Roles.Police, null, AuditAction.Read, "ResidenceTrack", "1", null, null,
            breakGlassReason: "acute dreiging, slachtoffer aan de balie");

        Assert.Equal(AuditPurpose.Investigation, read.Purpose);
        Assert.Equal(AuditPurpose.BreakTheGlass, emergency.Purpose);
        Assert.True(emergency.BreakGlass);
        Assert.All(Roles.All, role => Assert.NotNull(AuditPurpose.ForRole(role)));
    }

    [Fact]
    public void A_grant_needs_a_reason_of_twenty_characters_runs_eight_hours_and_is_reviewed_once()
    {
        Assert.Throws<DomainException>(() => new BreakGlassGrant(Guid.NewGuid(), Guid.NewGuid(), "ResidenceTrack", Guid.NewGuid(), "   kort   ", Now));
        var grant = new BreakGlassGrant(Guid.NewGuid(), Guid.NewGuid(), "ResidenceTrack", Guid.NewGuid(), "acute dreiging, slachtoffer aan de balie", Now);

        Assert.True(grant.IsActiveAt(Now.AddHours(8).AddTicks(-1)));
        Assert.False(grant.IsActiveAt(Now.AddHours(8)));
        grant.Review(Guid.NewGuid(), justified: true, "ok", Now.AddDays(1));
        Assert.Throws<DomainException>(() => grant.Review(Guid.NewGuid(), justified: false, "nee", Now.AddDays(2)));
    }
}
