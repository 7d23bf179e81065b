namespace NrmPortal.Domain.Common;

/// <summary>
/// An editable aggregate with an application-managed optimistic concurrency token.
/// The save interceptor gives <see cref="Version"/> a fresh value on every insert and update (same on SQLite and SQL Server).
/// </summary>
public interface IVersioned
{
    Guid Version { get; }
}
