using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.EntityFrameworkCore.Data;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Privacy;

public static class PrivacyEntityFrameworkCoreModule
{
    /// <summary>
    /// The data-key store and the protector. The <see cref="KeyEncryptionKey"/> is registered by the process, which knows where
    /// its configuration and data folder are (<see cref="AddKeyEncryptionKey"/>).
    /// </summary>
    public static IServiceCollection AddPrivacyEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IPrivateTextKeyStore, PrivateTextKeyStore>();
        services.AddCacheKind(PrivateTextKeyStore.CacheKind, typeof(PrivateTextKey));
        services.AddScoped<IPrivateTextProtector, PrivateTextProtector>();
        return services;
    }

    /// <summary>The key-encryption key from <c>Privacy:KeyEncryptionKey</c>, or else the key file in the data folder.</summary>
    public static IServiceCollection AddKeyEncryptionKey(this IServiceCollection services, string? configuredBase64, string dataFolder) =>
        services.AddSingleton(KeyEncryptionKey.Load(configuredBase64, dataFolder));
}
