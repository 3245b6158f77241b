namespace NavLederprogram.Programmes;

public enum AssignmentStatus { Submitted = 1, Approved = 2, Returned = 3 }
