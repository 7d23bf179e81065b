using System.Net;
using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Application.Features.Privacy;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Domain.Auditing;
using NrmPortal.Domain.Privacy;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Victims;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Privacy;

/// <summary>
/// Break-the-glass on a track: a police officer outside the relation states a reason and gets read-only access for eight
/// hours; the grant and every read under it are logged as break-the-glass with the reason; the privacy officer reviews it.
/// </summary>
public sealed class BreakGlassTests(PrivacyPortal portal) : IClassFixture<PrivacyPortal>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private ClockedPortalFactory Factory => portal.Factory;
    private const string Reason = "Slachtoffer meldt zich nu bij de balie, acute dreiging door uitbuiter.";

    [Fact]
    public async Task A_police_officer_outside_the_relation_breaks_the_glass_reads_read_only_and_every_read_is_logged_with_the_reason()
    {
        var person = await portal.PersonWithTrackAsync();
        Assert.Empty((await Factory.SendAsync(new ListTracks.Query(person.RegistrationNumber), portal.OtherPolice)).Items);
        Assert.Null(await Factory.SendAsync(new GetTrack.Query(person.TrackId), portal.OtherPolice));

        var trackId = await Factory.SendAsync(new BreakGlassTrack.Command { Reference = person.RegistrationNumber, Reason = Reason }, portal.OtherPolice);
        var track = await Factory.SendAsync(new GetTrack.Query(trackId), portal.OtherPolice);
        var list = await Factory.SendAsync(new ListTracks.Query(person.RegistrationNumber), portal.OtherPolice);

        Assert.Equal(person.TrackId, trackId);
        Assert.NotNull(track);
        Assert.True(track.BreakGlass);
        Assert.Empty(track.AllowedSteps); // read-only
        Assert.Null(track.Case?.CaseNumber);
        Assert.Equal(person.TrackId, Assert.Single(list.Items).Id);
        var changing = await Record.ExceptionAsync(async () => await Factory.SendAsync(new RecordCooperation.Command
        {
            TrackId = trackId, Version = await Factory.WithDbAsync(db => db.ResidenceTracks.Where(t => t.Id == trackId).Select(t => t.Version).SingleAsync()),
            Kind = CooperationKind.Report, On = new DateOnly(2026, 11, 23), Unit = "x",
        }, portal.OtherPolice));
        Assert.IsType<NotFoundException>(changing);

        var entries = await Factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserId == portal.OtherPolice.UserId && a.BreakGlass).ToListAsync(Ct));
        Assert.Contains(entries, e => e is { Action: AuditAction.Execute, EntityType: nameof(ResidenceTrack) } && e.SubjectId == person.VictimId);
        Assert.Contains(entries, e => e is { Action: AuditAction.Read, EntityType: nameof(ResidenceTrack) } && e.EntityId == trackId.ToString());
        Assert.Contains(entries, e => e is { Action: AuditAction.Read, EntityType: nameof(PossibleVictim) } && e.EntityId == person.VictimId.ToString());
        Assert.True(entries.Count(e => e.Action == AuditAction.Read && e.EntityType == nameof(ResidenceTrack)) >= 2); // the details and the list
        Assert.All(entries, e => Assert.Equal(Reason, e.Reason));
        Assert.All(entries, e => Assert.Equal(AuditPurpose.BreakTheGlass, e.Purpose));
        var grant = await Factory.WithDbAsync(db => db.BreakGlassGrants.AsNoTracking().SingleAsync(g => g.UserId == portal.OtherPolice.UserId && g.EntityId == trackId, Ct));
        Assert.Equal(grant.GrantedAtUtc.AddHours(8), grant.ExpiresAtUtc);
        Assert.Equal(portal.OtherPolice.OrganisationId, grant.OrganisationId);
    }

    [Fact]
    public async Task A_reason_shorter_than_twenty_characters_or_an_unknown_reference_is_refused()
    {
        var person = await portal.PersonWithTrackAsync();

        var tooShort = await Record.ExceptionAsync(() => Factory.SendAsync(new BreakGlassTrack.Command { Reference = person.RegistrationNumber, Reason = "dringend" },
            portal.OtherPolice));
        var unknown = await Record.ExceptionAsync(() => Factory.SendAsync(new BreakGlassTrack.Command { Reference = "CM-1999-99999", Reason = Reason },
            portal.OtherPolice));
        var notPolice = await Record.ExceptionAsync(() => Factory.SendAsync(new BreakGlassTrack.Command { Reference = person.RegistrationNumber, Reason = Reason },
            portal.CareWorker));

        Assert.Contains(BreakGlassGrant.ReasonTooShort, Assert.IsType<RequestValidationException>(tooShort).Errors.SelectMany(e => e.Value));
        Assert.Equal(BreakGlassTrack.NoTrack, Assert.IsType<BusinessRuleException>(unknown).Message);
        Assert.IsType<ForbiddenAccessException>(notPolice);
        Assert.False(await Factory.WithDbAsync(db => db.BreakGlassGrants.AnyAsync(g => g.EntityId == person.TrackId, Ct)));
    }

    [Fact]
    public async Task The_grant_ends_after_eight_hours_and_is_not_repeated_while_it_runs()
    {
        await using var own = new PrivacyPortal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
        await own.InitializeAsync();
        var person = await own.PersonWithTrackAsync();
        var command = new BreakGlassTrack.Command { Reference = person.SignalReference, Reason = Reason };
        Task<int> GrantsAsync() => own.Factory.WithDbAsync(db => db.BreakGlassGrants.CountAsync(g => g.EntityId == person.TrackId, Ct));
        await own.Factory.SendAsync(command, own.OtherPolice);

        own.Factory.Clock.Advance(TimeSpan.FromHours(8).Subtract(TimeSpan.FromMinutes(1)));
        await own.Factory.SendAsync(command, own.OtherPolice);
        Assert.Equal(1, await GrantsAsync());
        Assert.NotNull(await own.Factory.SendAsync(new GetTrack.Query(person.TrackId), own.OtherPolice));
        own.Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await own.Factory.SendAsync(new GetTrack.Query(person.TrackId), own.OtherPolice));
        await own.Factory.SendAsync(command, own.OtherPolice);
        Assert.Equal(2, await GrantsAsync());
    }

    [Fact]
    public async Task The_privacy_officer_reviews_the_grant_and_the_review_is_stored_on_the_grant()
    {
        var person = await portal.PersonWithTrackAsync();
        await Factory.SendAsync(new BreakGlassTrack.Command { Reference = person.RegistrationNumber, Reason = Reason }, portal.OtherPolice);
        var open = await Factory.SendAsync(new ListBreakGlassGrants.Query(), PrivacyPortal.Officer);
        var item = Assert.Single(open.Items, i => i.EntityId == person.TrackId);
        Assert.Equal(Reason, item.Reason);
        Assert.Equal(person.RegistrationNumber, item.Reference);
        var logBefore = await Factory.WithDbAsync(db => db.AuditEntries.Where(a => a.BreakGlass).Select(a => new { a.Sequence, a.Hash }).ToListAsync(Ct));

        var withoutComment = await Record.ExceptionAsync(() => Factory.SendAsync(new ReviewBreakGlassGrant.Command
            { GrantId = item.Id, Version = item.Version, Justified = false }, PrivacyPortal.Officer));
        await Factory.SendAsync(new ReviewBreakGlassGrant.Command
            { GrantId = item.Id, Version = item.Version, Justified = false, Comment = "Geen acute nood: de eigen eenheid was bereikbaar." }, PrivacyPortal.Officer);

        Assert.IsType<RequestValidationException>(withoutComment);
        var grant = await Factory.WithDbAsync(db => db.BreakGlassGrants.AsNoTracking().SingleAsync(g => g.Id == item.Id, Ct));
        Assert.Equal(false, grant.Justified);
        Assert.Equal(PrivacyPortal.Officer.UserId, grant.ReviewedBy);
        Assert.NotNull(grant.ReviewedAtUtc);
        Assert.DoesNotContain(await Factory.SendAsync(new ListBreakGlassGrants.Query(), PrivacyPortal.Officer) is var after ? after.Items : [], i => i.Id == item.Id);
        Assert.Contains((await Factory.SendAsync(new ListBreakGlassGrants.Query(Reviewed: true), PrivacyPortal.Officer)).Items, i => i.Id == item.Id);
        // The log itself is untouched by the review.
        var logAfter = await Factory.WithDbAsync(db => db.AuditEntries.Where(a => a.BreakGlass).Select(a => new { a.Sequence, a.Hash }).ToListAsync(Ct));
        Assert.All(logBefore, e => Assert.Contains(e, logAfter));
    }

    [Fact]
    public async Task Break_the_glass_works_from_the_track_list_page_and_the_review_from_the_queue_page()
    {
        var person = await portal.PersonWithTrackAsync();
        var police = Factory.ClientFor(portal.OtherPolice);

        var search = await police.GetDocumentAsync($"/Tracks?reference={person.RegistrationNumber}");
        Assert.NotNull(search.QuerySelector("#no-tracks"));
        var refused = await police.SubmitAsync($"/Tracks?reference={person.RegistrationNumber}", "#break-glass-form", [new("BreakGlass.Reason", "te kort")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.NotEmpty((await HtmlForms.ParseAsync(refused)).ValidationMessages());
        var granted = await police.SubmitAsync($"/Tracks?reference={person.RegistrationNumber}", "#break-glass-form", [new("BreakGlass.Reason", Reason)]);
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Equal($"/Tracks/Details/{person.TrackId}", granted.LocationPath());
        var details = await police.GetDocumentAsync($"/Tracks/Details/{person.TrackId}");
        Assert.NotNull(details.QuerySelector("#break-glass-notice"));

        var officer = Factory.ClientFor(PrivacyPortal.Officer);
        var queue = await officer.GetDocumentAsync("/Privacy/BreakGlass");
        var card = queue.QuerySelectorAll("section[data-grant]").Single(s => s.TextContent.Contains(person.RegistrationNumber, StringComparison.Ordinal));
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)card.QuerySelector("form")!;
        var reviewed = await officer.SubmitAsync(form, [new("Review.Justified", "true"), new("Review.Comment", "Acute nood aannemelijk.")]);
        Assert.Equal(HttpStatusCode.Redirect, reviewed.StatusCode);
        var grantId = Guid.Parse(card.GetAttribute("data-grant")!);
        Assert.Equal(true, await Factory.WithDbAsync(db => db.BreakGlassGrants.Where(g => g.Id == grantId).Select(g => g.Justified).SingleAsync(Ct)));
    }
}
