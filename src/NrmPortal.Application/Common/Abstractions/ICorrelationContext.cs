namespace NrmPortal.Application.Common.Abstractions;

/// <summary>The correlation id of the current request, shared by logs, audit entries and error pages.</summary>
public interface ICorrelationContext
{
    string? CorrelationId { get; }
}
