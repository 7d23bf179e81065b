using FluentValidation.Results;

namespace NrmPortal.Application.Common.Exceptions;

/// <summary>A request failed validation. Pages turn the failures into field messages; nothing has been written.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IEnumerable<ValidationFailure> failures) : base("One or more validation failures occurred.")
    {
        Errors = failures
            .GroupBy(f => f.PropertyName, f => f.ErrorMessage)
            .ToDictionary(g => g.Key, g => g.Distinct().ToArray());
    }

    public RequestValidationException(string propertyName, string message) : base(message)
    {
        Errors = new Dictionary<string, string[]> { [propertyName] = [message] };
    }

    /// <summary>Messages by property name ("" for messages about the request as a whole).</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
