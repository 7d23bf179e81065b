using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NrmPortal.Infrastructure.Persistence;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Migrations.SqlServer;

/// <summary>
/// Used only by the dotnet-ef tool to build this provider's migrations:
/// dotnet ef migrations add Name --project src/NrmPortal.Migrations.SqlServer --startup-project src/NrmPortal.Migrations.SqlServer
/// (no database is contacted; the connection string is a placeholder).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNrmDatabase(DatabaseProvider.SqlServer, "Server=localhost;Database=NrmPortal;Trusted_Connection=True;TrustServerCertificate=True").Options,
            FieldProtector.ForDesignTime());
}
