using NavLederprogram.Entities;

namespace NavLederprogram.Organisation;

public class PersonJobRole
{
    public Guid PersonId { get; private set; }
    public Guid JobRoleId { get; private set; }
    public DateOnly StartDate { get; private set; }

    private PersonJobRole() { }

    public PersonJobRole(Guid personId, Guid jobRoleId, DateOnly startDate)
    {
        PersonId = personId;
        JobRoleId = jobRoleId;
        StartDate = startDate;
    }

    public void ChangeStartDate(DateOnly startDate) => StartDate = startDate;
}
