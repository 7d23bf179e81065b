using System.Security.Claims;
using Serilog;

namespace NrmPortal.Web.Infrastructure;

/// <summary>Adds the user id (never the name or e-mail) to Serilog's one-line request log.</summary>
public static class RequestLogEnricher
{
    public static void Enrich(IDiagnosticContext diagnostics, HttpContext context)
    {
        diagnostics.Set("CorrelationId", CorrelationContext.Of(context));
        if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId) diagnostics.Set("UserId", userId);
    }
}
