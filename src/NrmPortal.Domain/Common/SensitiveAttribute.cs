namespace NrmPortal.Domain.Common;

/// <summary>
/// Marks a property whose value must never reach a log or audit entry (only its name may).
/// The audit interceptor records changed field names only, but marks these so reviewers see the classification.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;
