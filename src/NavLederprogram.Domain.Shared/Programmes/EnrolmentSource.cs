namespace NavLederprogram.Programmes;

public enum EnrolmentSource { Application = 1, Nomination = 2 }
