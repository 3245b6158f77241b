using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Data;

internal static class CacheModelConfiguration
{
    public static void ConfigureCacheChanges(this ModelBuilder builder) => builder.Entity<CacheChange>(b =>
    {
        b.ToTable("CacheChanges");
        b.Property(c => c.Kind).HasMaxLength(64).IsRequired();
        b.HasIndex(c => c.Kind);
    });
}
