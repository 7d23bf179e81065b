namespace NrmPortal.Domain.Victims;

/// <summary>
/// A keyed, one-way index of a name (a "blind index"): the same for every spelling that normalises alike
/// (<see cref="NameNormaliser"/>), different under another key, and not reversible to the name. Names are stored encrypted,
/// so matching compares these indexes instead of the names themselves.
/// </summary>
public interface INameIndex
{
    /// <summary>The index of <paramref name="name"/>, or null when nothing is left of it after normalising.</summary>
    string? Of(string name);
}
