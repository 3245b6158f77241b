using Microsoft.EntityFrameworkCore;
using NavLederprogram.Privacy;

namespace NavLederprogram.EntityFrameworkCore.Privacy;

internal static class PrivacyModelConfiguration
{
    public static void ConfigurePrivacy(this ModelBuilder builder)
    {
        builder.Entity<PrivateTextKey>(b =>
        {
            b.ToTable("PrivateTextKeys");
            // One data key per person: the primary key makes a second, concurrent first key fail and be read back instead.
            b.HasKey(k => k.PersonId);
            b.Property(k => k.PersonId).ValueGeneratedNever();
            b.Property(k => k.WrappedKey).HasMaxLength(100).IsRequired();
            b.Property(k => k.KeyEncryptionKeyId).HasMaxLength(16).IsRequired();
        });
    }
}
