## The date picker's month header
calendar-months = January February March April May June July August September October November December
