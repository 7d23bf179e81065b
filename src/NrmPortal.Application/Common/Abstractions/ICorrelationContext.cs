namespace NrmPortal.Application.Common.Abstractions;

/// <summary>
/// Where the current request comes from: its correlation id, shared by logs, audit entries and error pages, and the client's
/// address for the access log (NEN 7513: the device or place of the event). Both are null outside a request.
/// </summary>
public interface ICorrelationContext
{
    string? CorrelationId { get; }

    /// <summary>The client's IP address as the portal sees it (the proxy's unless forwarded headers are trusted).</summary>
    string? ClientAddress { get; }
}
