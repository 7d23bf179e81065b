using System.Net;
using Microsoft.AspNetCore.Hosting;
using NrmPortal.IntegrationTests.Fixtures;

namespace NrmPortal.IntegrationTests.Pages;

/// <summary>
/// Behind a known proxy the per-IP limits count the client from X-Forwarded-For; from anyone else the header is ignored.
/// The test server's connection address is <see cref="ClientAddressStartupFilter.Address"/>.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class ProxiedPortalFactory(bool proxyIsKnown) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:ForgotPassword:PerIp", "2");
            if (proxyIsKnown) builder.UseSetting("ForwardedHeaders:KnownProxies:0", ClientAddressStartupFilter.Address.ToString());
        }
    }

    private static async Task<List<HttpStatusCode>> ForgotPasswordPostsAsync(PortalFactory factory, params string[] forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        foreach (var client in forwardedFor)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/ForgotPassword")
            {
                Content = new FormUrlEncodedContent([new("Input.Email", "x@example.org")]),
            };
            request.Headers.Add("X-Forwarded-For", client);
            statuses.Add((await factory.ClientFor(null).SendAsync(request, Ct)).StatusCode);
        }
        return statuses;
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_client_has_its_own_limit()
    {
        await using var factory = new ProxiedPortalFactory(proxyIsKnown: true);
        await factory.InitializeAsync();

        var distinct = await ForgotPasswordPostsAsync(factory, "203.0.113.1", "203.0.113.2", "203.0.113.3");
        var same = await ForgotPasswordPostsAsync(factory, "203.0.113.9", "203.0.113.9", "203.0.113.9");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, distinct);
        Assert.Equal(HttpStatusCode.TooManyRequests, same[2]);
    }

    [Fact]
    public async Task Without_a_known_proxy_the_header_is_ignored()
    {
        await using var factory = new ProxiedPortalFactory(proxyIsKnown: false);
        await factory.InitializeAsync();

        var statuses = await ForgotPasswordPostsAsync(factory, "203.0.113.1", "203.0.113.2", "203.0.113.3");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
    }
}
