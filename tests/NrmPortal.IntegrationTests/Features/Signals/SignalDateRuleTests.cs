using NrmPortal.Application.Common.Exceptions;
using NrmPortal.Domain.Organisations;
using NrmPortal.Domain.Security;
using NrmPortal.IntegrationTests.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using Microsoft.EntityFrameworkCore;

namespace NrmPortal.IntegrationTests.Features.Signals;

/// <summary>One portal on a fixed clock (FakeTimeProvider), 23 November 2026 10:00 UTC, with a care worker to report.</summary>
public sealed class FixedClockPortal : IAsyncLifetime
{
    public ClockedPortalFactory Factory { get; } = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    public TestUser CareWorker { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Factory.InitializeAsync();
        var organisation = await Factory.SendAsync(new OrganisationBuilder().OfType(OrganisationType.CareProvider).Build(), TestUser.InRole(Roles.Administrator));
        CareWorker = new TestUser(Guid.NewGuid(), Roles.CareWorker, organisation);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

/// <summary>The date rules of a signal at their edges, on the fixed clock of <see cref="FixedClockPortal"/>.</summary>
public sealed class SignalDateRuleTests(FixedClockPortal portal) : IClassFixture<FixedClockPortal>
{
    private readonly ClockedPortalFactory _factory = portal.Factory;
    private readonly TestUser _careWorker = portal.CareWorker;

    [Theory]
    [InlineData("2026-11-23", true)]  // born today
    [InlineData("2026-11-24", false)] // born tomorrow: in the future
    [InlineData("1906-11-23", true)]  // 120 today
    [InlineData("1905-11-23", false)] // 121
    public async Task Accepts_dates_of_birth_from_today_back_to_age_120(string born, bool accepted)
    {
        var command = SignalBuilder.Valid() with { EstimatedAge = null, DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) };

        var error = await Record.ExceptionAsync(() => _factory.SendAsync(command, _careWorker));

        Assert.Equal(accepted, error is null);
        if (!accepted) Assert.IsType<RequestValidationException>(error);
    }

    [Theory]
    [InlineData("2008-11-23", false)] // 18 today: an adult
    [InlineData("2008-11-24", true)]  // 18 tomorrow: still a minor
    public async Task A_person_is_a_minor_until_their_eighteenth_birthday(string born, bool minor)
    {
        var command = SignalBuilder.Valid() with { EstimatedAge = null, DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) };

        var registered = await _factory.SendAsync(command, _careWorker);

        Assert.Equal(minor, await _factory.WithDbAsync(db => db.Signals.Where(s => s.Id == registered.Id).Select(s => s.IsMinor!.Value)
            .SingleAsync(TestContext.Current.CancellationToken)));
        Assert.StartsWith("SIG-2026-", registered.Reference, StringComparison.Ordinal);
    }
}
