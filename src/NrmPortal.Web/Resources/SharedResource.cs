namespace NrmPortal.Web.Resources;

/// <summary>
/// Marker for the one resource file of the portal. Keys are the English texts; SharedResource.nl.resx holds the Dutch.
/// So en-GB shows the key itself and nl-NL (the default) the translation; a missing translation shows English, never a key name.
/// </summary>
public sealed class SharedResource;
