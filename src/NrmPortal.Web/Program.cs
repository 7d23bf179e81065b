using NrmPortal.Application;
using NrmPortal.Infrastructure;
using NrmPortal.Infrastructure.Seeding;
using NrmPortal.Web.Configuration;
using NrmPortal.Web.Infrastructure;
using Serilog;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.Services.AddSerilog((services, logger) => logger
    .ReadFrom.Configuration(builder.Configuration)
    .ReadFrom.Services(services)
    .Enrich.FromLogContext());

builder.Services.AddApplication();
builder.Services.AddInfrastructure(builder.Configuration, builder.Environment);
builder.Services.AddNrmMediator();
builder.Services.AddNrmIdentity(builder.Environment);
builder.Services.AddNrmWeb(builder.Environment);
builder.Services.AddNrmForwardedHeaders(builder.Configuration);
builder.Services.AddNrmRateLimiting(builder.Configuration);

var app = builder.Build();
StartupChecks.EnsureNoDemoSecrets(app.Configuration, app.Environment);

app.UseNrmLocalisationForValidation();
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Environment.IsDevelopment(), CancellationToken.None);
}

app.UseNrmForwardedHeaders();
app.UseMiddleware<CorrelationIdMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseHsts();
}
app.UseExceptionHandler("/Error");
app.UseStatusCodePagesWithReExecute("/Error", "?statusCode={0}");
app.UseNrmSecurityHeaders();
app.UseSerilogRequestLogging(options => options.EnrichDiagnosticContext = RequestLogEnricher.Enrich);
app.UseStaticFiles();
app.UseRouting();
app.UseRequestLocalization();
app.UseMiddleware<FreshSessionOnSignInMiddleware>();
app.UseAuthentication();
app.UseNrmRateLimiting();
app.UseMiddleware<MustChangePasswordMiddleware>(); // before authorisation: a pending step wins over "access denied"
app.UseAuthorization();

app.MapNrmHealthChecks();
app.MapRazorPages();

await app.RunAsync();

/// <summary>The entry point, public so that WebApplicationFactory can host it in tests.</summary>
public partial class Program;
