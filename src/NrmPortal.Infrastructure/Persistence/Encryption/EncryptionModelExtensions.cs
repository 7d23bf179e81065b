using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// Entity configurations mark a sensitive string property with <c>IsEncrypted()</c>, keeping the plaintext's maximum length;
/// <see cref="AppDbContext"/> then gives every marked property the <see cref="EncryptedStringConverter"/> of its key ring and
/// widens the column to <see cref="FieldProtector.StoredMaxLength"/>. The marker annotation is removed again, so it never
/// reaches a migration.
/// </summary>
public static class EncryptionModelExtensions
{
    private const string Marker = "NrmPortal:Encrypted";

    public static PropertyBuilder<TProperty> IsEncrypted<TProperty>(this PropertyBuilder<TProperty> property) =>
        property.HasAnnotation(Marker, true);

    public static ComplexTypePropertyBuilder<TProperty> IsEncrypted<TProperty>(this ComplexTypePropertyBuilder<TProperty> property) =>
        property.HasAnnotation(Marker, true);

    /// <summary>Applies encryption to every marked property of the model; returns the names of the columns encrypted.</summary>
    internal static IReadOnlyList<string> ApplyFieldEncryption(this ModelBuilder builder, FieldProtector protector)
    {
        var converter = new EncryptedStringConverter(protector);
        var encrypted = new List<string>();
        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            foreach (var property in entityType.GetProperties().Concat(entityType.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
            {
                if (property.FindAnnotation(Marker) is null) continue;
                property.RemoveAnnotation(Marker);
                if (property.ClrType != typeof(string))
                    throw new InvalidOperationException($"Only string properties can be encrypted ({entityType.DisplayName()}.{property.Name}).");
                var plaintextMax = property.GetMaxLength()
                    ?? throw new InvalidOperationException($"An encrypted property needs the plaintext's maximum length ({entityType.DisplayName()}.{property.Name}).");
                property.SetMaxLength(FieldProtector.StoredMaxLength(plaintextMax));
                property.SetValueConverter(converter);
                encrypted.Add($"{entityType.GetTableName()}.{property.GetColumnName()}");
            }
        }
        return encrypted;
    }
}
