using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace NrmPortal.IntegrationTests.Fixtures;

/// <summary>
/// The test server has no socket, so a request has no remote address; Kestrel always sets one. This gives every test request
/// <see cref="Address"/> (a documentation address, RFC 5737), so the access log's client address can be checked.
/// </summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public static readonly System.Net.IPAddress Address = System.Net.IPAddress.Parse("192.0.2.10");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
