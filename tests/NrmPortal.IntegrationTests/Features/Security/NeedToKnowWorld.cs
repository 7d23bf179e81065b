using Microsoft.EntityFrameworkCore;
using NrmPortal.Application.Features.Reception;
using NrmPortal.Application.Features.Referrals;
using NrmPortal.Application.Features.Residence;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Referrals;
using NrmPortal.Domain.Residence;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Features.Security;

/// <summary>
/// One person known to every kind of organisation, each free-text field holding a unique marker, so a test can tell from the
/// raw markup whether a category of data reached the page. On a fixed clock (23 November 2026 10:00 UTC).
/// <list type="bullet">
/// <item>Police force A reported the person (signal S1) and holds the track; force B reported them too (S2, linked), so it is
/// involved; force C is unrelated.</item>
/// <item>CoMensha registered the person (triage note); the IND applied for the cannot-cooperate permit (medical ground).</item>
/// <item>Care provider A reported the person (S3, linked) and referred them to care provider B twice: one referral stands,
/// consent for the other was withdrawn. Care provider C is unrelated.</item>
/// <item>The person has a place requested in a facility of shelter provider P (confidential address); provider Q is another.</item>
/// <item>The person is in a reflection period, so entitled to reception: COA A records reception; COA B has no record.</item>
/// <item>A second registered person without a track (not entitled, no reception record) for COA's "not found".</item>
/// </list>
/// </summary>
public class NeedToKnowWorld : IAsyncLifetime
{
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);
    public static readonly TestUser PrivacyOfficer = TestUser.InRole(Roles.PrivacyOfficer);

    private static readonly string U = Guid.NewGuid().ToString("N")[..8];

    /// <summary>The unique part of every marker of this test run.</summary>
    public static string Unique => U;

    public string Name => Payload + "Naam" + U;
    public string Alias => Payload + "Alias" + U;
    public string Whereabouts => Payload + "Verblijfplaats" + U;
    public string Account => Payload + "Relaas" + U;
    public string TriageNote => Payload + "Triagenotitie" + U;
    public string HandoverNote => Payload + "Overdrachtsnotitie" + U;
    public string Unit => Payload + "Eenheid" + U;
    public string Officer => Payload + "Agent" + U;
    /// <summary>Without the payload: a case number has at most 40 characters.</summary>
    public static string CaseNumber => "ZAAK" + U;
    public string Address => Payload + "Geheimadres" + U;
    public string FacilityName => Payload + "Opvang" + U;

    public NeedToKnowWorld() : this("") { }

    /// <param name="payload">Put in front of every marker: the XSS tests use a script payload.</param>
    protected NeedToKnowWorld(string payload) => Payload = payload;

    /// <summary>The text in front of every free-text marker (empty, or the XSS payload).</summary>
    public string Payload { get; }

    /// <summary>The name of care provider A (the sender of the referrals), with the payload.</summary>
    public string CareOrganisationName => Payload + "Zorg" + U;

    public ClockedPortalFactory Factory { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    public TestUser PoliceA { get; private set; } = null!;
    public TestUser PoliceB { get; private set; } = null!;
    public TestUser PoliceC { get; private set; } = null!;
    public TestUser Ind { get; private set; } = null!;
    public TestUser Coordinator { get; private set; } = null!;
    public TestUser CareA { get; private set; } = null!;
    public TestUser CareB { get; private set; } = null!;
    public TestUser CareC { get; private set; } = null!;
    public TestUser ProviderStaff { get; private set; } = null!;
    public TestUser OtherProviderStaff { get; private set; } = null!;
    public TestUser CoaA { get; private set; } = null!;
    public TestUser CoaB { get; private set; } = null!;

    public Guid PoliceSignalId { get; private set; }
    public Guid CareSignalId { get; private set; }
    public Guid IndSignalId { get; private set; }
    public Guid CoaSignalId { get; private set; }
    public Guid TrackId { get; private set; }
    public Guid VictimId { get; private set; }
    public string RegistrationNumber { get; private set; } = "";
    public Guid ReferralId { get; private set; }
    public Guid WithdrawnReferralId { get; private set; }
    public Guid FacilityId { get; private set; }
    public Guid PlacementId { get; private set; }
    public Guid NotEntitledVictimId { get; private set; }
    public string NotEntitledName => Payload + "Onbekend" + U;

    /// <summary>Every user of the world by a short key, for data-driven tests.</summary>
    public IReadOnlyDictionary<string, TestUser> Users { get; private set; } = new Dictionary<string, TestUser>();

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        PoliceA = await UserAsync(Roles.Police, OrganisationType.Police);
        PoliceB = await UserAsync(Roles.Police, OrganisationType.Police);
        PoliceC = await UserAsync(Roles.Police, OrganisationType.Police);
        Ind = await UserAsync(Roles.Ind, OrganisationType.Ind);
        Coordinator = await UserAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        CareA = new(Guid.NewGuid(), Roles.CareWorker, await Factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Named(CareOrganisationName).Build(), Admin));
        CareB = await UserAsync(Roles.CareWorker, OrganisationType.CareProvider);
        CareC = await UserAsync(Roles.CareWorker, OrganisationType.CareProvider);
        ProviderStaff = await UserAsync(Roles.CareWorker, OrganisationType.ShelterProvider);
        OtherProviderStaff = await UserAsync(Roles.CareWorker, OrganisationType.ShelterProvider);
        CoaA = await UserAsync(Roles.Coa, OrganisationType.Coa);
        CoaB = await UserAsync(Roles.Coa, OrganisationType.Coa);
        Users = new Dictionary<string, TestUser>
        {
            [nameof(PoliceA)] = PoliceA, [nameof(PoliceB)] = PoliceB, [nameof(PoliceC)] = PoliceC, [nameof(Ind)] = Ind, [nameof(Coordinator)] = Coordinator,
            [nameof(CareA)] = CareA, [nameof(CareB)] = CareB, [nameof(CareC)] = CareC, [nameof(ProviderStaff)] = ProviderStaff,
            [nameof(OtherProviderStaff)] = OtherProviderStaff, [nameof(CoaA)] = CoaA, [nameof(CoaB)] = CoaB, [nameof(Admin)] = Admin,
            [nameof(PrivacyOfficer)] = PrivacyOfficer,
        };

        // Police force A reports the person and starts the track; CoMensha registers the person from that signal.
        var s1 = await Factory.SendAsync(Marked() with { NationalityCode = "NG", ConsentToRegistration = null }, PoliceA);
        PoliceSignalId = s1.Id;
        TrackId = await Factory.SendAsync(new StartTrack.Command(s1.Id), PoliceA);
        VictimId = (await TriageAsync(s1.Id, TriageSignal.Outcome.RegisterNewVictim, null, TriageNote))!.Value;
        RegistrationNumber = await Factory.WithDbAsync(db => db.PossibleVictims.Where(v => v.Id == VictimId).Select(v => v.RegistrationNumber).SingleAsync());

        // Police force B and care provider A report the same person; CoMensha links both signals.
        var s2 = await Factory.SendAsync(SignalBuilder.Valid() with { NationalityCode = "NG", ConsentToRegistration = null }, PoliceB);
        await TriageAsync(s2.Id, TriageSignal.Outcome.LinkToVictim, VictimId, null);
        var s3 = await Factory.SendAsync(Marked() with { NationalityCode = "NG" }, CareA);
        CareSignalId = s3.Id;
        await TriageAsync(s3.Id, TriageSignal.Outcome.LinkToVictim, VictimId, null);
        IndSignalId = (await Factory.SendAsync(Marked(), Ind)).Id;
        CoaSignalId = (await Factory.SendAsync(Marked(), CoaA)).Id;
        await TriageAsync(CoaSignalId, TriageSignal.Outcome.Duplicate, null, TriageNote);

        // The track: a reflection period (unit and officer), the IND's cannot-cooperate application (medical ground), a report.
        await Factory.SendAsync(new OfferReflectionPeriod.Command
        {
            TrackId = TrackId, Version = await TrackVersionAsync(), OfferedOn = Today.AddDays(-5), Unit = Unit, Officer = Officer,
            InterpreterUsed = false, Decision = ReflectionDecision.Accepted,
        }, PoliceA);
        await Factory.SendAsync(new ApplyForResidence.Command
        {
            TrackId = TrackId, Version = await TrackVersionAsync(), Kind = ApplicationKind.TemporaryCannotCooperate, On = Today.AddDays(-4),
            Ground = CannotCooperateGround.MedicalOrPsychologicalLimitation,
        }, Ind);
        await Factory.SendAsync(new RecordCooperation.Command
        {
            TrackId = TrackId, Version = await TrackVersionAsync(), Kind = CooperationKind.Report, On = Today.AddDays(-3), Unit = Unit, CaseNumber = CaseNumber,
        }, PoliceA);

        // Referrals from care provider A to B: one standing, one whose consent was withdrawn.
        ReferralId = await Factory.SendAsync(Referral(ReferralNeed.PsychologicalHelp), CareA);
        WithdrawnReferralId = await Factory.SendAsync(Referral(ReferralNeed.LegalAid), CareA);
        await Factory.SendAsync(new WithdrawReferralConsent.Command
        {
            ReferralId = WithdrawnReferralId, WithdrawnOn = Today,
            Version = await Factory.WithDbAsync(db => db.Referrals.Where(r => r.Id == WithdrawnReferralId).Select(r => r.Version).SingleAsync()),
        }, CareA);

        // A place requested in provider P's facility.
        FacilityId = await Factory.SendAsync(new CreateFacility.Command(new FacilityInput
        {
            OrganisationId = ProviderStaff.OrganisationId, Name = FacilityName, Type = ShelterType.SocialShelter, Places = 3,
            Sexes = [SexesAdmitted.Women, SexesAdmitted.Men, SexesAdmitted.Other],
            Nationalities = [NationalityGroups.Dutch, NationalityGroups.Eu, NationalityGroups.OutsideEu],
            AcceptsAccompanyingChildren = true, Region = Regions.Rotterdam, ConfidentialAddress = Address,
        }), Coordinator);
        PlacementId = await Factory.SendAsync(new AssignPlace.Command(VictimId, FacilityId), Coordinator);

        // COA A records reception; COA B has no record.
        await Factory.SendAsync(new RecordReception.Command { VictimId = VictimId, From = Today.AddDays(-2), HealthCostCover = true }, CoaA);

        // A second person: registered, no track, not entitled.
        var s4 = await Factory.SendAsync(SignalBuilder.Valid() with { Name = NotEntitledName }, CareC);
        NotEntitledVictimId = (await TriageAsync(s4.Id, TriageSignal.Outcome.RegisterNewVictim, null, null))!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>A signal whose name, alias, whereabouts and account are the markers.</summary>
    private RegisterSignal.Command Marked() => SignalBuilder.Valid() with { Name = Name, Alias = Alias, Whereabouts = Whereabouts, Account = Account };

    private async Task<TestUser> UserAsync(string role, OrganisationType type) =>
        new(Guid.NewGuid(), role, await Factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin));

    private async Task<Guid?> TriageAsync(Guid signalId, TriageSignal.Outcome outcome, Guid? victimId, string? note)
    {
        var version = await Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signalId).Select(s => s.Version).SingleAsync());
        return await Factory.SendAsync(new TriageSignal.Command { SignalId = signalId, Version = version, Decision = outcome, VictimId = victimId, Note = note }, Coordinator);
    }

    private CreateReferral.Command Referral(ReferralNeed need) => new()
    {
        VictimId = VictimId, ToOrganisationId = CareB.OrganisationId, Need = need, ConsentRecordedOn = Today.AddDays(-1), Consented = true,
        HandoverNote = HandoverNote,
    };

    private Task<Guid> TrackVersionAsync() =>
        Factory.WithDbAsync(db => db.ResidenceTracks.Where(t => t.Id == TrackId).Select(t => t.Version).SingleAsync());

    /// <summary>A fingerprint of the victim data: every row's id and version of the tables a probe could change.</summary>
    public Task<string> SnapshotAsync() => Factory.WithDbAsync(async db =>
    {
        var parts = new List<string>();
        parts.AddRange(await db.Signals.OrderBy(x => x.Id).Select(x => "S" + x.Id + x.Version).ToListAsync());
        parts.AddRange(await db.PossibleVictims.OrderBy(x => x.Id).Select(x => "V" + x.Id + x.Version).ToListAsync());
        parts.AddRange(await db.ResidenceTracks.OrderBy(x => x.Id).Select(x => "T" + x.Id + x.Version).ToListAsync());
        parts.AddRange(await db.Referrals.OrderBy(x => x.Id).Select(x => "R" + x.Id + x.Version).ToListAsync());
        parts.AddRange(await db.ShelterFacilities.OrderBy(x => x.Id).Select(x => "F" + x.Id + x.Version).ToListAsync());
        parts.AddRange(await db.Placements.OrderBy(x => x.Id).Select(x => "P" + x.Id + x.Version).ToListAsync());
        parts.AddRange(await db.ReceptionRecords.OrderBy(x => x.Id).Select(x => "C" + x.Id + x.Version).ToListAsync());
        return string.Join("|", parts);
    });

    /// <summary>The access-log rows of <paramref name="user"/> about the record <paramref name="id"/>.</summary>
    public Task<int> LogRowsAsync(TestUser user, Guid id) =>
        Factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.UserId == user.UserId && a.EntityId == id.ToString()));
}
