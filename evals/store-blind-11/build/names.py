"""Name pools for the store-blind-11 generators (plain lists, no randomness here)."""
# UK & Ireland pool (Tangled Yarns): stored as "First Name" / "Last Name".
UK_FIRST = ["Margaret", "Susan", "Helen", "Janet", "Gillian", "Alison", "Fiona", "Catherine", "Rachel", "Emma",
            "Sarah", "Claire", "Lucy", "Hannah", "Charlotte", "Sophie", "Amelia", "Isla", "Freya", "Poppy",
            "Eleanor", "Harriet", "Imogen", "Beatrice", "Rosie", "Abigail", "Maisie", "Ruth", "Jean", "Pauline",
            "David", "James", "Andrew", "Peter", "Richard", "Thomas", "Oliver", "Harry", "George", "Callum",
            "Siân", "Rhiannon", "Gwenllïan", "Eluned", "Dafydd", "Rhodri", "Ffion", "Catrin", "Iolo", "Bethan",
            "Seán", "Órla", "Pádraig", "Ciarán", "Síle", "Aoife", "Niamh", "Eóin", "Róisín", "Máire",
            "Zoë", "Chloë", "Renée", "Amélie", "Inès", "Noémie", "Agnieszka", "Małgorzata", "Zofia", "Łucja",
            "Priya", "Anjali", "Nadia", "Fatima", "Aisha", "Mei", "Yuki", "Ingrid", "Astrid", "Kirsty"]
UK_LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Johnson", "Walker",
           "Wright", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris",
           "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott", "Cooper", "Morris",
           "Ward", "Moore", "King", "Watson", "Baker", "Harrison", "Morgan", "Patel", "Young", "Allen",
           "Mitchell", "Campbell", "Stewart", "MacDonald", "Fraser", "Murray", "Ferguson", "McLeod", "Sinclair", "Drummond",
           "Llewellyn", "Pryce", "Gruffydd", "Rhys", "Vaughan", "O'Neill", "O'Sullivan", "Ó Briain", "Ní Mhurchú", "Gallagher",
           "Brontë", "Lefèvre", "Dubois", "Müller", "Nowak", "Wiśniewska", "Kowalczyk", "Peña", "Jiménez", "Ødegaard",
           "Hussain", "Begum", "Khan", "Shah", "Chen", "Nakamura", "Okafor", "Mensah", "Fairbairn", "Featherstone"]

# Australian pool (Paperbark Office): stored as first_name / last_name.
AU_FIRST = ["Jack", "Oliver", "William", "Noah", "Thomas", "Lachlan", "Cooper", "Riley", "Mitchell", "Hayden",
            "Liam", "Ethan", "Lucas", "Harrison", "Brodie", "Jarrah", "Kane", "Corey", "Darren", "Shane",
            "Charlotte", "Olivia", "Mia", "Chloe", "Isla", "Ruby", "Matilda", "Grace", "Sienna", "Ella",
            "Jessica", "Kylie", "Tegan", "Bianca", "Leah", "Shannon", "Kirra", "Tahlia", "Courtney", "Brooke",
            "Zoë", "Chloé", "Renée", "Hélène", "Amélie", "José", "Nicolò", "Niccolò", "Désirée", "Mathéo",
            "Minh", "Thảo", "Quỳnh", "Huy", "Linh", "Wei", "Jing", "Hiroshi", "Priya", "Rohan",
            "Giorgos", "Eleni", "Dimitri", "Sofia", "Giuseppe", "Alessandra", "Tāne", "Aroha", "Mere", "Wiremu",
            "Anh", "Tuấn", "Raj", "Sanjay", "Fatima", "Omar", "Ayşe", "Emre", "Søren", "Björn"]
AU_LAST = ["Smith", "Jones", "Williams", "Brown", "Wilson", "Taylor", "Johnson", "White", "Martin", "Anderson",
           "Thompson", "Nguyen", "Thomas", "Walker", "Harris", "Lee", "Ryan", "Robinson", "Kelly", "King",
           "Davis", "Wright", "Evans", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hughes",
           "Nguyễn", "Trần", "Phạm", "Lê", "Võ", "Đặng", "Huỳnh", "Chen", "Wang", "Zhang",
           "Papadopoulos", "Nikolaidis", "Georgiou", "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Costa",
           "O'Brien", "O'Connor", "McDonald", "Murphy", "Sullivan", "Fitzgerald", "Kennedy", "MacKenzie", "Campbell", "Stewart",
           "Singh", "Sharma", "Patel", "Kaur", "Gupta", "Khan", "Haddad", "Yılmaz", "Öztürk", "Çelik",
           "Müller", "Schäfer", "Sørensen", "Núñez", "Martínez", "Peña", "Te Whare", "Ngata", "Tūhoe", "Walker-Ngata"]
