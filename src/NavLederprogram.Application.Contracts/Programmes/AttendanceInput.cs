namespace NavLederprogram.Programmes;

public sealed class AttendanceInput
{
    public List<AttendanceEntryInput>? Entries { get; set; }
}
