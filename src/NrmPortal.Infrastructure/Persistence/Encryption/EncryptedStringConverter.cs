using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// Stores a string property encrypted (<see cref="FieldProtector"/>). Null stays null (EF Core does not convert nulls), so
/// "is there a name" can still be asked of the database; nothing else can: an encrypted column is never compared or sorted
/// in a query (every encryption of the same text differs).
/// </summary>
public sealed class EncryptedStringConverter(FieldProtector protector)
    : ValueConverter<string, string>(plaintext => protector.Protect(plaintext), stored => protector.Unprotect(stored));
