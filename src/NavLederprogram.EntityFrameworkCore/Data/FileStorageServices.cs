using Microsoft.Extensions.DependencyInjection;
using NavLederprogram.Data;

namespace NavLederprogram.EntityFrameworkCore.Data;

public static class FileStorageServices
{
    /// <summary>The application's file store on the folder <paramref name="root"/>, one for the process.</summary>
    public static IServiceCollection AddFileStorage(this IServiceCollection services, string root) =>
        services.AddSingleton<IFileStorage>(new FileSystemFileStorage(root));
}
