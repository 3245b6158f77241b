using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class ModuleAssignment
{
    public Guid Id { get; private set; }
    public TranslatedText Title { get; private set; } = TranslatedText.Empty;
    public TranslatedText Instructions { get; private set; } = TranslatedText.Empty;
    /// <summary>Days after the module unlocks that the assignment is due, unless a cohort sets its own deadline.</summary>
    public int DueDaysAfterUnlock { get; private set; }

    private ModuleAssignment() { }

    internal ModuleAssignment(Guid id, TranslatedText title, TranslatedText instructions, int dueDaysAfterUnlock)
    {
        Id = id;
        Title = title;
        Instructions = instructions;
        DueDaysAfterUnlock = dueDaysAfterUnlock;
    }
}
