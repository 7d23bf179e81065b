using System.Diagnostics;
using NrmPortal.Application.Common.Abstractions;
using Serilog.Context;

namespace NrmPortal.Web.Infrastructure;

/// <summary>
/// The request's correlation id (the W3C trace id when there is one, otherwise ASP.NET Core's request id) and the client's
/// address (the connection's remote address).
/// </summary>
public sealed class CorrelationContext(IHttpContextAccessor accessor) : ICorrelationContext
{
    public string? CorrelationId => accessor.HttpContext is { } context ? Of(context) : Activity.Current?.TraceId.ToString();

    public string? ClientAddress => accessor.HttpContext?.Connection.RemoteIpAddress is { } address
        ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
        : null;

    public static string Of(HttpContext context) => Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
}

/// <summary>Puts the correlation id on every log line of the request and on the response, so a user can quote it.</summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = CorrelationContext.Of(context);
        context.Response.Headers[HeaderName] = correlationId;
        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }
}
