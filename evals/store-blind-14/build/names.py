"""Name pools for the store-blind-14 generators (plain lists, no randomness here)."""
# Australian pool (Saltbush Tea Co. customers): Anglo-Celtic, Italian, Greek, Vietnamese, Chinese, Indian, Lebanese,
# Filipino and a few New Zealand (Maori) names, with accented spellings.
AU_FIRST = ["Jack", "Oliver", "William", "Noah", "Thomas", "James", "Lachlan", "Cooper", "Harrison", "Riley",
            "Mitchell", "Liam", "Hamish", "Angus", "Darcy", "Flynn", "Archie", "Ned", "Jarrah", "Kane",
            "Charlotte", "Olivia", "Mia", "Amelia", "Isla", "Grace", "Ruby", "Matilda", "Sienna", "Chloe",
            "Emily", "Georgia", "Zara", "Lily", "Harper", "Ivy", "Willow", "Evie", "Tahlia", "Brooke",
            "Giuseppe", "Francesca", "Alessandro", "Chiara", "Nikos", "Eleni", "Dimitri", "Sophia", "Thảo", "Minh",
            "Linh", "Huy", "Mei", "Wei", "Jun", "Priya", "Arjun", "Ananya", "Rohan", "Karim",
            "Layla", "Rania", "Tariq", "Maria", "Jose", "Mariel", "Aroha", "Tane", "Mere", "Wiremu",
            "Zoë", "Chloé", "Renée", "Noël", "Élise", "Anaïs", "Søren", "Björn", "Siobhán", "Ngaio"]
AU_LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
           "Thompson", "Walker", "Ryan", "Kelly", "O'Brien", "Murphy", "McDonald", "Campbell", "Stewart", "Robertson",
           "Harris", "Clarke", "Mitchell", "Hughes", "Fraser", "Cooper", "Bell", "Ward", "Baker", "Hill",
           "Rossi", "Russo", "Romano", "Colombo", "Ferraro", "Papadopoulos", "Nikolaidis", "Georgiou", "Dimitriou", "Kostas",
           "Nguyen", "Tran", "Le", "Pham", "Nguyễn", "Trần", "Đặng", "Chen", "Wang", "Li",
           "Zhang", "Liu", "Wong", "Patel", "Singh", "Sharma", "Kaur", "Haddad", "Khoury", "Nassar",
           "Santos", "Reyes", "Cruz", "Ngata", "Parata", "Te Whare", "Müller", "Schäfer", "Lindqvist", "Jørgensen",
           "Núñez", "Peña", "Côté", "Lefèvre", "Ó Súilleabháin", "MacKenzie", "Mackay", "Henderson", "Gallo", "Marchetti"]

# Irish pool (Fennessy Cameras staff and customers): Irish, Irish-language spellings with fadas, and newer Irish names.
IE_FIRST = ["Seán", "Conor", "Cian", "Darragh", "Oisín", "Pádraig", "Eoin", "Ciarán", "Cathal", "Tadhg",
            "Fionn", "Ronan", "Declan", "Colm", "Niall", "Brian", "Kevin", "Mark", "Paul", "David",
            "Aoife", "Siobhán", "Niamh", "Caoimhe", "Róisín", "Saoirse", "Clodagh", "Gráinne", "Sinéad", "Orla",
            "Áine", "Éabha", "Méabh", "Ciara", "Emma", "Sarah", "Laura", "Rachel", "Katie", "Chloe",
            "Máire", "Síle", "Deirdre", "Fiadh", "Aisling", "Michael", "John", "Patrick", "James", "Thomas",
            "Łukasz", "Agnieszka", "Tomás", "Zoë", "Renée", "Andrés", "Inês", "João", "Adaeze", "Chidi",
            "Priya", "Arjun", "Mei", "Yusuf", "Amira", "Oluwaseun", "Bartosz", "Kasia", "Dāvis", "Ieva"]
IE_LAST = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "Smith", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill",
           "O'Reilly", "Doyle", "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore",
           "McLoughlin", "O'Carroll", "Connolly", "Daly", "O'Connell", "Wilson", "Dunne", "Brennan", "Burke", "Collins",
           "Campbell", "Clarke", "Johnston", "Hughes", "Farrell", "Fitzgerald", "Brown", "Martin", "Maguire", "Nolan",
           "Flynn", "Thompson", "Callaghan", "O'Donnell", "Duffy", "Mahony", "Boyle", "Healy", "Shea", "White",
           "Ó Briain", "Ní Bhriain", "Mac Giolla", "Ó Dálaigh", "Ní Mhurchú", "Ó Ceallaigh", "Mac Cárthaigh", "Ó Súilleabháin", "Breathnach", "Ó Néill",
           "Kowalski", "Nowak", "Wiśniewska", "Kamińska", "Silva", "Oliveira", "Okafor", "Adeyemi", "Bērziņš", "Kazlauskas",
           "Fennelly", "Tierney", "Keane", "Cullen", "Hegarty", "Lenihan", "Scanlon", "Mulcahy", "Phelan", "Tobin"]
