using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;
using NrmPortal.Application.Common.Abstractions;

namespace NrmPortal.Application.Common.Behaviours;

/// <summary>Outermost behaviour: logs the use case name, the user id, the elapsed time and the outcome. Never the request's values.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TMessage, TResponse> where TMessage : notnull, IMessage
{
    private const int SlowThresholdMs = 500;

    // Nested types are all called Command or Query, so the declaring type gives the use case its name.
    private static readonly string RequestName =
        typeof(TMessage).DeclaringType is { } declaring ? $"{declaring.Name}.{typeof(TMessage).Name}" : typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["RequestName"] = RequestName, ["UserId"] = user.UserId });
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (elapsedMs > SlowThresholdMs)
                logger.LogWarning("Slow request {RequestName} took {ElapsedMs:0} ms", RequestName, elapsedMs);
            else
                logger.LogDebug("Handled {RequestName} in {ElapsedMs:0} ms", RequestName, elapsedMs);
            return response;
        }
        catch (Exception ex)
        {
            logger.LogInformation("Request {RequestName} ended with {Outcome} after {ElapsedMs:0} ms",
                RequestName, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }
}
