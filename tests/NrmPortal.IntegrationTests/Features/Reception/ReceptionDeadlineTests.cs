using NrmPortal.Application.Features.Deadlines;
using NrmPortal.Application.Features.Reception;
using NrmPortal.Application.Features.Victims;
using NrmPortal.Domain.Deadlines;
using NrmPortal.IntegrationTests.Features.Residence;
using NrmPortal.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace NrmPortal.IntegrationTests.Features.Reception;

/// <summary>The two new deadline rows on a FakeTimeProvider; each test its own portal, because a fake clock only moves forward.</summary>
public sealed class ReceptionDeadlineTests
{
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static async Task<TrackPortal> PortalAsync()
    {
        var portal = new TrackPortal(MondayMorning);
        await portal.InitializeAsync();
        return portal;
    }

    private static async Task<IReadOnlyList<DueItem>> DueForAsync(TrackPortal portal, TestUser user) =>
        (await portal.Factory.SendAsync(new ListDueItems.Query(), user)).Items;

    [Fact]
    public async Task COA_is_told_when_the_entitlement_of_a_running_allowance_ends_after_a_withdrawal()
    {
        await using var portal = await PortalAsync();
        var coa = await portal.CoaAsync();
        var otherCoa = await portal.CoaAsync();
        var (victimId, trackId) = await portal.RegisteredAsync();
        await portal.OfferAcceptedAsync(trackId, Today.AddDays(-30));
        await portal.Factory.SendAsync(new RecordReception.Command { VictimId = victimId, From = Today.AddDays(-30) }, coa);
        var before = await DueForAsync(portal, coa);

        await portal.WithdrawnAsync(trackId, Today.AddDays(-20), Today);
        var after = await DueForAsync(portal, coa);
        var page = await portal.Factory.ClientFor(coa).GetDocumentAsync("/Deadlines/Index");

        Assert.DoesNotContain(before, i => i.VictimId == victimId);
        var item = Assert.Single(after, i => i.VictimId == victimId);
        Assert.Equal((DeadlineKind.ReceptionEntitlementEnded, Today), (item.Kind, item.DueOn));
        Assert.Null(item.TrackId);
        Assert.NotNull(page.QuerySelector($"#due-table a[href='/Coa/Reception/{victimId}']"));
        Assert.Empty(await DueForAsync(portal, otherCoa));
        Assert.DoesNotContain(await DueForAsync(portal, portal.Coordinator), i => i.Kind == DeadlineKind.ReceptionEntitlementEnded);
    }

    [Fact]
    public async Task A_minor_under_Nidos_guardianship_appears_30_days_before_turning_18_not_31()
    {
        await using var portal = await PortalAsync();
        var nidos = await portal.NidosAsync();
        var otherNidos = await portal.NidosAsync();
        var (victimId, _) = await portal.RegisteredAsync(born: Today.AddDays(31).AddYears(-18));
        var (withoutGuardian, _) = await portal.RegisteredAsync(born: Today.AddDays(30).AddYears(-18));
        var version = await portal.Factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == victimId).Select(v => v.Version).SingleAsync());
        await portal.Factory.SendAsync(new SetGuardian.Command { VictimId = victimId, Version = version, OrganisationId = nidos.OrganisationId }, portal.Coordinator);

        var at31 = await DueForAsync(portal, nidos);
        portal.Factory.Clock.Advance(TimeSpan.FromDays(1));
        var at30 = await DueForAsync(portal, nidos);
        var coordinator = await DueForAsync(portal, portal.Coordinator);
        var nidosPage = await portal.Factory.ClientFor(nidos).GetDocumentAsync("/Deadlines/Index");
        portal.Factory.Clock.Advance(TimeSpan.FromDays(31));
        var afterBirthday = await DueForAsync(portal, nidos);

        Assert.DoesNotContain(at31, i => i.VictimId == victimId);
        var item = Assert.Single(at30, i => i.VictimId == victimId);
        Assert.Equal((DeadlineKind.MinorTurns18, Today.AddDays(31)), (item.Kind, item.DueOn));
        Assert.Contains(coordinator, i => i.VictimId == victimId && i.Kind == DeadlineKind.MinorTurns18);
        Assert.DoesNotContain(coordinator, i => i.VictimId == withoutGuardian);
        Assert.NotNull(nidosPage.QuerySelector($"#due-table [data-kind='{nameof(DeadlineKind.MinorTurns18)}']"));
        Assert.Empty(await DueForAsync(portal, otherNidos));
        Assert.Empty(await DueForAsync(portal, portal.CareWorker));
        Assert.DoesNotContain(afterBirthday, i => i.VictimId == victimId);
    }
}
