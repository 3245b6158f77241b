using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

public class OfficeMunicipality
{
    public Guid OfficeId { get; private set; }
    public Guid MunicipalityId { get; private set; }

    private OfficeMunicipality() { }

    public OfficeMunicipality(Guid officeId, Guid municipalityId)
    {
        OfficeId = officeId;
        MunicipalityId = municipalityId;
    }
}
