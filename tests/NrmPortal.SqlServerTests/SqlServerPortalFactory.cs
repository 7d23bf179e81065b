using DotNet.Testcontainers.Builders;
using NrmPortal.IntegrationTests.Fixtures;
using Testcontainers.MsSql;

namespace NrmPortal.SqlServerTests;

/// <summary>
/// The portal on SQL Server 2022 in a Testcontainers container, with the SQL Server migrations applied at start-up.
/// Where no Docker engine is reachable (our development and CI machines) the tests skip and say why.
/// </summary>
public sealed class SqlServerPortalFactory : PortalFactory
{
    private MsSqlContainer? _container;

    public string? SkipReason { get; private set; }

    protected override string DatabaseProvider => "SqlServer";

    protected override string ConnectionString => _container!.GetConnectionString();

    public override async ValueTask InitializeAsync()
    {
        try
        {
            _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
            await _container.StartAsync(TestContext.Current.CancellationToken);
        }
        catch (Exception ex) when (ex is DockerUnavailableException or ArgumentException or InvalidOperationException or TimeoutException)
        {
            SkipReason = "No Docker engine is reachable here, so the SQL Server tests cannot start SQL Server 2022 " +
                         $"({ex.GetType().Name}: {ex.Message.Split('\n')[0]}). They run wherever Docker is available.";
            return;
        }
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        if (SkipReason is null) await base.DisposeAsync();
        if (_container is not null) await _container.DisposeAsync();
    }

    public void SkipWithoutDocker()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
    }
}

[CollectionDefinition(Name)]
public sealed class SqlServerCollection : ICollectionFixture<SqlServerPortalFactory>
{
    public const string Name = "SqlServer";
}
