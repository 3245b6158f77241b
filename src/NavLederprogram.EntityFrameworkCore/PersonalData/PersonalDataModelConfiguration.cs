using Microsoft.EntityFrameworkCore;
using NavLederprogram.PersonalData;

namespace NavLederprogram.EntityFrameworkCore.PersonalData;

internal static class PersonalDataModelConfiguration
{
    public static void ConfigurePersonalData(this ModelBuilder builder)
    {
        builder.Entity<ErasureRecord>(b =>
        {
            b.ToTable("PdErasures");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedNever();
            b.Property(r => r.Retention).IsRequired();
            b.Property(r => r.Steps).IsRequired();
            b.HasIndex(r => r.ErasedAt);
            b.HasIndex(r => r.PersonId);
        });
    }
}
