using NrmPortal.Domain.Common;
using NrmPortal.Domain.Reception;

namespace NrmPortal.Domain.UnitTests.Reception;

public sealed class ReceptionRecordTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly Entitlement Entitled = new(true, EntitlementBasis.ReflectionPeriod, Today.AddDays(-10), Today.AddDays(80), null, null);

    private static ReceptionRecord NewRecord(DateOnly? from = null) =>
        ReceptionRecord.Start(Guid.NewGuid(), Guid.NewGuid(), Entitled, from ?? Today.AddDays(-10), null, healthCostCover: true, Today);

    [Fact]
    public void Starts_on_or_after_the_start_of_the_entitlement_and_not_in_the_future()
    {
        var record = NewRecord();
        Assert.True(record.IsOpen);
        Assert.Equal(ReceptionRecord.BeforeEntitlement, Assert.Throws<DomainException>(() => NewRecord(Today.AddDays(-11))).Message);
        Assert.Throws<DomainException>(() => NewRecord(Today.AddDays(1)));
    }

    [Fact]
    public void Does_not_start_without_an_entitlement()
    {
        var none = new Entitlement(false, null, null, null, EntitlementEndReason.PermitWithdrawn, Today);
        Assert.Equal(ReceptionRecord.NotEntitled,
            Assert.Throws<DomainException>(() => ReceptionRecord.Start(Guid.NewGuid(), Guid.NewGuid(), none, Today, null, false, Today)).Message);
    }

    [Fact]
    public void Changes_and_ends_once()
    {
        var record = NewRecord();
        record.Change(Today.AddDays(30), healthCostCover: false);
        Assert.Equal((Today.AddDays(30), false), (record.AllowanceUntil!.Value, record.HealthCostCover));
        Assert.Throws<DomainException>(() => record.Change(Today.AddDays(-20), true));
        Assert.Throws<DomainException>(() => record.End(Today.AddDays(-20), ReceptionEndReason.EntitlementEnded, Today));

        record.End(Today, ReceptionEndReason.EntitlementEnded, Today);

        Assert.False(record.IsOpen);
        Assert.Equal(ReceptionRecord.AlreadyEnded, Assert.Throws<DomainException>(() => record.End(Today, ReceptionEndReason.Other, Today)).Message);
        Assert.Throws<DomainException>(() => record.Change(null, true));
    }
}
