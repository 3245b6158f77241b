namespace NavLederprogram.Programmes;

public sealed class AttendanceEntryInput
{
    public Guid? EnrolmentId { get; set; }
    public bool? Present { get; set; }
}
