"""Name pools for the store-blind-7 generators (plain lists, no randomness here)."""
# US Midwest pool (Kite & Marble Toys): one full-name column built from these.
US_FIRST = ["Emma", "Liam", "Olivia", "Noah", "Ava", "Mason", "Sophia", "Elijah", "Harper", "Logan",
            "Madison", "Carter", "Abigail", "Wyatt", "Brooklyn", "Hunter", "Kayla", "Tyler", "Morgan", "Jordan",
            "DeShawn", "Imani", "Jamal", "Aaliyah", "Marcus", "Keisha", "Darnell", "Tanisha", "Andre", "Monique",
            "José", "María", "Luis", "Guadalupe", "Carlos", "Ximena", "Alejandro", "Lupita", "Mateo", "Camila",
            "Bao", "Linh", "Minh", "Hoa", "Xiong", "Pa Houa", "Tou", "Mai Nou", "Ravi", "Anjali",
            "Dmitri", "Katarzyna", "Stanisław", "Agnieszka", "Sven", "Ingrid", "Gunnar", "Solveig", "Hans", "Greta",
            "Zainab", "Omar", "Layla", "Yusuf", "Chidi", "Ngozi", "Brenna", "Connor", "Siobhan", "Patrick"]
US_LAST = ["Johnson", "Miller", "Anderson", "Olson", "Peterson", "Schmidt", "Schultz", "Hoffman", "Becker", "Wagner",
           "Kowalczyk", "Nowicki", "Wiśniewski", "Lindgren", "Halvorsen", "Nyberg", "Swanson", "Carlson", "Lundquist", "Gustafson",
           "Washington", "Jackson", "Robinson", "Coleman", "Jenkins", "Brooks", "Hayes", "Bryant", "Foster", "Simmons",
           "Hernández", "López", "Martínez", "Ramírez", "Castillo", "Delgado", "Morales", "Ortiz", "Reyes", "Vázquez",
           "Vang", "Yang", "Lor", "Thao", "Tran", "Pham", "Le", "Patel", "Reddy", "Iyer",
           "O'Connor", "McCarthy", "Sullivan", "Gallagher", "Brennan", "Dunn", "Kaminski", "Novak", "Horvath", "Dvořák",
           "Abdi", "Hassan", "Warsame", "Okonkwo", "Adeyemi", "Baker", "Fischer", "Koch", "Meyer", "Zimmerman"]

# New Zealand pool (Kōwhai Optical): stored as first / last name.
NZ_FIRST = ["Aroha", "Tama", "Mere", "Wiremu", "Ngaio", "Hēmi", "Anahera", "Rāwiri", "Kahu", "Manaia",
            "Sione", "Mele", "Losa", "Tavita", "Malia", "Iosefa", "Olivia", "Jack", "Isla", "Oliver",
            "Charlotte", "Noah", "Amelia", "Leo", "Harper", "George", "Ruby", "Hunter", "Ella", "Mason",
            "Sophie", "Lachlan", "Grace", "Finn", "Mia", "Hamish", "Georgia", "Angus", "Zoe", "Callum",
            "Priya", "Arjun", "Harpreet", "Rajesh", "Wei", "Jing", "Hiroshi", "Min-jun", "Ji-woo", "Nikhil",
            "Fiona", "Bruce", "Heather", "Graham", "Maureen", "Trevor", "Raewyn", "Murray", "Glenys", "Warren",
            "Eleanor", "Keri", "Stella", "Matiu", "Kiri", "Hine", "Te Ariki", "Marama", "Ihaka", "Ataahua"]
NZ_LAST = ["Smith", "Wilson", "Williams", "Brown", "Taylor", "Jones", "Campbell", "Stewart", "Robertson", "Thomson",
           "Ngata", "Parata", "Tāwhai", "Te Whata", "Pōmare", "Rangihuna", "Walker", "Herewini", "Tomoana", "Kereama",
           "Tuilagi", "Faleolo", "Leota", "Fonoti", "Tupou", "Havili", "Fifita", "Vaifale", "Aumua", "Soliai",
           "Patel", "Singh", "Kaur", "Sharma", "Chen", "Wang", "Li", "Zhang", "Kim", "Park",
           "McKenzie", "MacDonald", "Fraser", "Sinclair", "Murray", "Gallagher", "O'Sullivan", "Doherty", "Kennedy", "Burke",
           "Van der Berg", "De Vries", "Jansen", "Müller", "Schäfer", "Kowalski", "Ivanov", "Nair", "Fernando", "Perera",
           "Harrison", "Clarke", "Mitchell", "Hughes", "Bennett", "Marshall", "Reid", "Cooper", "Hart", "Fleming"]
