namespace NrmPortal.Application.Common.Abstractions;

/// <summary>Hands out numbers that run per series and year (SIG-2026-000001, …) without gaps between committed ones.</summary>
public interface IReferenceNumbers
{
    /// <summary>The next number of <paramref name="series"/> in <paramref name="year"/>; part of the caller's transaction.</summary>
    Task<long> NextAsync(string series, int year, CancellationToken cancellationToken);
}
