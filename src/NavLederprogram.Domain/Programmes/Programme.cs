using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

/// <summary>Lederprogrammet: the one joint KS–NAV programme. Its content lives in versions.</summary>
public class Programme : AuditedAggregateRoot
{
    public TranslatedText Name { get; private set; } = TranslatedText.Empty;
    public TranslatedText Description { get; private set; } = TranslatedText.Empty;

    private Programme() { }

    public Programme(Guid id, TranslatedText name, TranslatedText description) : base(id)
    {
        Name = name;
        Description = description;
    }
}
