using NavLederprogram.Entities;
using NavLederprogram.Localization;

namespace NavLederprogram.Programmes;

public class ModuleCompetenceGrant
{
    public Guid CompetenceAreaId { get; private set; }
    public int Level { get; private set; }
    public int? ValidMonths { get; private set; }

    private ModuleCompetenceGrant() { }

    internal ModuleCompetenceGrant(Guid competenceAreaId, int level, int? validMonths)
    {
        CompetenceAreaId = competenceAreaId;
        Level = level;
        ValidMonths = validMonths;
    }
}
