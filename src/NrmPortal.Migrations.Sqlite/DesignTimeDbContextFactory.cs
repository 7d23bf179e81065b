using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NrmPortal.Infrastructure.Persistence;
using NrmPortal.Infrastructure.Persistence.Encryption;

namespace NrmPortal.Migrations.Sqlite;

/// <summary>
/// Used only by the dotnet-ef tool to build this provider's migrations:
/// dotnet ef migrations add Name --project src/NrmPortal.Migrations.Sqlite --startup-project src/NrmPortal.Migrations.Sqlite
/// (no database is contacted; the connection string is a placeholder).
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNrmDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db").Options,
            FieldProtector.ForDesignTime());
}
