"""Name pools for the store-blind-9 generators (plain lists, no randomness here)."""

# Australian pool (Wattle & Bloom florists): customers are one `custnm` column, staff are `firstnm` / `lastnm`.
AU_FIRST = ["Olivia", "Charlotte", "Amelia", "Isla", "Mia", "Ava", "Grace", "Matilda", "Ruby", "Sienna",
            "Harper", "Evie", "Willow", "Chloé", "Zoë", "Renée", "Sofía", "Lucía", "Thảo", "Linh",
            "Ngọc", "Anh", "Eleni", "Sophia", "Francesca", "Giulia", "Priya", "Ananya", "Mei", "Xin",
            "Jack", "Noah", "Oliver", "William", "Lachlan", "Cooper", "Harrison", "Thomas", "Hamish", "Angus",
            "Jarrah", "Kirra", "Lincoln", "Archie", "Hugo", "Mason", "José", "Andrés", "Minh", "Huy",
            "Quang", "Dimitri", "Giorgos", "Nikos", "Lorenzo", "Niccolò", "Matteo", "Arjun", "Rohan", "Wei"]
AU_LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
           "Thompson", "Walker", "Harris", "Ryan", "Kelly", "O'Brien", "Murphy", "Walsh", "Campbell", "Stewart",
           "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Papadopoulos", "Nikolaidis", "Georgiou",
           "Rossi", "Russo", "Esposito", "Bianchi", "Romano", "García", "López", "Martínez", "Hernández", "Muñoz",
           "Patel", "Singh", "Sharma", "Chen", "Wang", "Li", "Zhang", "Liu", "Kowalski", "Novak",
           "Fitzgerald", "McKenzie", "Sullivan", "Bennett", "Hughes", "Baker", "Clarke", "Turner", "Cooper", "Young"]
# business accounts (hotels, funeral homes, event planners, offices) are stored in custnm too
AU_BIZ_WORDS = ["Harbourside", "Southbank", "Eucalypt", "Ironbark", "Coastal", "Bluegum", "Jacaranda", "Riverbend",
                "Seabreeze", "Sandstone", "Banksia", "Waratah", "Red Gum", "Saltwater", "Lilly Pilly", "Boronia"]
AU_BIZ_KINDS = ["Hotel", "Funerals", "Events", "Legal", "Dental", "Realty", "Weddings", "Day Spa", "Medical Centre",
                "Accountants", "Restaurant", "Boutique Hotel"]

# Irish pool (Solas Beauty): strFirstName / strLastName for clients and staff.
IE_FIRST = ["Aoife", "Siobhán", "Róisín", "Caoimhe", "Sinéad", "Clodagh", "Méabh", "Órla", "Niamh", "Saoirse",
            "Ciara", "Aisling", "Gráinne", "Éabha", "Laoise", "Emma", "Sarah", "Rachel", "Chloe", "Katie",
            "Amy", "Lauren", "Jessica", "Sophie", "Ella", "Holly", "Leah", "Hannah", "Megan", "Nicole",
            "Łucja", "Zuzanna", "Małgorzata", "Agnieszka", "Beatriz", "Ana", "Gabriela", "Inês", "Ioana", "Andreea",
            "Seán", "Pádraig", "Cillian", "Oisín", "Darragh", "Conor", "Ciarán", "Eoin", "Tadhg", "Rónán",
            "Jack", "James", "Daniel", "Adam", "Luke", "Tomasz", "João", "Lucas", "Priya", "Fatima"]
IE_LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
           "Ó Súilleabháin", "Ní Bhriain", "Mac Giolla Phádraig", "Ó Ceallaigh", "Nic Aodha", "Ó Briain", "Ní Mhurchú",
           "Doyle", "McCarthy", "Gallagher", "Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "McLoughlin",
           "Carroll", "Connolly", "Daly", "Dunne", "Brennan", "Burke", "Collins", "Clarke", "Hughes", "Farrell",
           "Fitzgerald", "Maguire", "Nolan", "Flynn", "Keane", "Power", "Whelan", "Reilly", "Hayes", "Healy",
           "Nowak", "Kowalska", "Wiśniewska", "Wójcik", "Silva", "Santos", "Gonçalves", "Oliveira", "Popescu",
           "Khan", "Ahmed", "Costa", "Ferreira", "Lewandowska"]
