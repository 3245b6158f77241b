using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class CohortModuleUnlock
{
    public Guid ModuleId { get; private set; }
    public DateOnly UnlocksOn { get; internal set; }

    private CohortModuleUnlock() { }

    internal CohortModuleUnlock(Guid moduleId, DateOnly unlocksOn)
    {
        ModuleId = moduleId;
        UnlocksOn = unlocksOn;
    }
}
