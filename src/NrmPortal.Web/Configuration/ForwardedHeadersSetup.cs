using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace NrmPortal.Web.Configuration;

/// <summary>
/// Behind a reverse proxy (TLS termination, load balancer) the connection comes from the proxy. The client's address is then
/// taken from X-Forwarded-For, but only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>, so the per-IP rate
/// limits and the access log's client address see the real client and nobody else can forge it. Without that setting the
/// headers are ignored.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddNrmForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1; // only the address our own proxy saw
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies holds '{proxy}', which is not an IP address."));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so that everything after it (correlation, rate limits, logging) sees the client.</summary>
    public static void UseNrmForwardedHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0) app.UseForwardedHeaders();
    }
}
