using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>The portal with a <see cref="FakeTimeProvider"/> as its clock, for rules that depend on the date and time.</summary>
public sealed class ClockedPortalFactory(DateTimeOffset start) : PortalFactory
{
    public ClockedPortalFactory() : this(DateTimeOffset.UtcNow) { }

    public FakeTimeProvider Clock { get; } = new(start);

    public override DateTimeOffset Now => Clock.GetUtcNow();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
