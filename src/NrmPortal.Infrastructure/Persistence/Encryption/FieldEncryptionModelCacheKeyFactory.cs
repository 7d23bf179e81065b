using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NrmPortal.Infrastructure.Persistence.Encryption;

/// <summary>
/// The model holds the encryption converters, which hold one key ring's protector; so the model is cached per protector.
/// The running portal has one (a singleton): one model. Each test host has its own key ring, so its own model.
/// </summary>
internal sealed class FieldEncryptionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is AppDbContext app ? (context.GetType(), app.FieldProtector, designTime) : (object)(context.GetType(), designTime);
}
