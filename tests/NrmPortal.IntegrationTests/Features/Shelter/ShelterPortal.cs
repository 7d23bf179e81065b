using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NrmPortal.Application.Features.Shelter;
using NrmPortal.Application.Features.Signals;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.Domain.Shelter;
using NrmPortal.Domain.Signals;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using NrmPortal.Web.Resources;

namespace NrmPortal.IntegrationTests.Features.Shelter;

/// <summary>
/// A portal on a fixed clock (23 November 2026 10:00 UTC) with CoMensha, two shelter providers with a member of staff each,
/// a care worker of an organisation that runs no shelter, the police, the IND, COA and an administrator; and helpers to
/// register persons, create facilities and take places.
/// </summary>
public sealed class ShelterPortal : IAsyncLifetime
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);
    public static readonly TestUser Admin = TestUser.InRole(Roles.Administrator);

    public ClockedPortalFactory Factory { get; } = new(Start);
    public TestUser Coordinator { get; private set; } = null!;
    /// <summary>A care worker of <see cref="ProviderId"/>, a shelter provider: the staff of its facilities.</summary>
    public TestUser ProviderStaff { get; private set; } = null!;
    public Guid ProviderId => ProviderStaff.OrganisationId;
    /// <summary>A care worker of another shelter provider.</summary>
    public TestUser OtherProviderStaff { get; private set; } = null!;
    public Guid OtherProviderId => OtherProviderStaff.OrganisationId;
    /// <summary>A care worker of victim support, which runs no shelter.</summary>
    public TestUser NonProviderCareWorker { get; private set; } = null!;
    public TestUser Police { get; private set; } = null!;
    public TestUser Ind { get; private set; } = null!;
    public TestUser Coa { get; private set; } = null!;

    /// <summary>Everyone in the fixture, for access tests.</summary>
    public IEnumerable<TestUser> Everyone => [Admin, Coordinator, ProviderStaff, OtherProviderStaff, NonProviderCareWorker, Police, Ind, Coa];

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        Coordinator = await UserOfNewOrganisationAsync(Roles.CoMenshaCoordinator, OrganisationType.CoMensha);
        ProviderStaff = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.ShelterProvider);
        OtherProviderStaff = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.ShelterProvider);
        NonProviderCareWorker = await UserOfNewOrganisationAsync(Roles.CareWorker, OrganisationType.VictimSupport);
        Police = await UserOfNewOrganisationAsync(Roles.Police, OrganisationType.Police);
        Ind = await UserOfNewOrganisationAsync(Roles.Ind, OrganisationType.Ind);
        Coa = await UserOfNewOrganisationAsync(Roles.Coa, OrganisationType.Coa);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async Task<TestUser> UserOfNewOrganisationAsync(string role, OrganisationType type) =>
        new(Guid.NewGuid(), role, await Factory.SendAsync(new OrganisationBuilder().OfType(type).Build(), Admin));

    /// <summary>A person registered by CoMensha from a signal: a Nigerian woman of 25 in Rotterdam unless told otherwise.</summary>
    public async Task<Guid> RegisterVictimAsync(Sex sex = Sex.Female, int? age = 25, string nationality = "NG", int children = 0, Regions region = Regions.Rotterdam)
    {
        var signal = await Factory.SendAsync(SignalBuilder.Valid() with
        {
            Sex = sex, EstimatedAge = age, NationalityCode = nationality, AccompanyingChildren = children, Region = region,
        }, ProviderStaff);
        var version = await Factory.WithDbAsync(db => db.Signals.Where(s => s.Id == signal.Id).Select(s => s.Version).SingleAsync(Ct));
        var victimId = await Factory.SendAsync(new TriageSignal.Command { SignalId = signal.Id, Version = version, Decision = TriageSignal.Outcome.RegisterNewVictim }, Coordinator);
        return victimId!.Value;
    }

    /// <summary>A facility's fields: admits everyone, in Rotterdam, of the first provider, with a unique name and address.</summary>
    public FacilityInput Input(ShelterType type = ShelterType.SocialShelter, int places = 3, Guid? organisationId = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        return new FacilityInput
        {
            OrganisationId = organisationId ?? ProviderId, Name = "Opvang " + unique, Type = type, Places = places,
            Sexes = [SexesAdmitted.Women, SexesAdmitted.Men, SexesAdmitted.Other],
            Nationalities = [NationalityGroups.Dutch, NationalityGroups.Eu, NationalityGroups.OutsideEu],
            AcceptsAccompanyingChildren = true, Region = Regions.Rotterdam, ConfidentialAddress = "Geheime Gracht " + unique + ", Rotterdam",
        };
    }

    public Task<Guid> CreateFacilityAsync(FacilityInput input) => Factory.SendAsync(new CreateFacility.Command(input), Coordinator);

    public Task<Guid> CreateFacilityAsync(ShelterType type = ShelterType.SocialShelter, int places = 3, Guid? organisationId = null) =>
        CreateFacilityAsync(Input(type, places, organisationId));

    public Task<Guid> AssignAsync(Guid victimId, Guid facilityId) => Factory.SendAsync(new AssignPlace.Command(victimId, facilityId), Coordinator);

    public Task<ShelterFacility> FacilityAsync(Guid id) =>
        Factory.WithDbAsync(db => db.ShelterFacilities.AsNoTracking().SingleAsync(f => f.Id == id, Ct));

    public Task<Placement> PlacementAsync(Guid id) =>
        Factory.WithDbAsync(db => db.Placements.AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    public Task<int> ActivePlacementsAsync(Guid facilityId) =>
        Factory.WithDbAsync(db => db.Placements.CountAsync(p => p.FacilityId == facilityId && p.IsActive, Ct));

    public Task<List<WaitingListEntry>> WaitingListEntriesAsync(Guid victimId) =>
        Factory.WithDbAsync(db => db.WaitingListEntries.AsNoTracking().Where(w => w.VictimId == victimId).ToListAsync(Ct));

    /// <summary>Puts the person on a list, a minute after whoever was put on a list before (the list's order is the time added).</summary>
    public async Task WaitAsync(Guid victimId, WaitingList list)
    {
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Factory.SendAsync(new ChangeWaitingList.Add(victimId, list), Coordinator);
    }

    /// <summary>The text a Dutch-speaking user sees for <paramref name="key"/> (the portal's default culture).</summary>
    public string Dutch(string key)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("nl-NL");
        try
        {
            return Factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
